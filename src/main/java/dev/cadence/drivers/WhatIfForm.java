package dev.cadence.drivers;

import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The what-if panel: each lever's value as typed ({@code values[win_rate_ent]=26}), never saved unless kept as a
 * named scenario.
 */
public class WhatIfForm {

    private Map<String, String> values = new LinkedHashMap<>();
    @Size(max = DriverService.NAME_MAX, message = "Keep the name under 120 characters.")
    private String scenarioName;

    public Map<String, String> getValues() { return values; }
    public void setValues(Map<String, String> values) { this.values = values; }
    public String getScenarioName() { return scenarioName; }
    public void setScenarioName(String scenarioName) { this.scenarioName = scenarioName; }
}
