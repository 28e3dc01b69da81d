/**
 * The pipeline from the CRM: snapshots of every open and recently closed deal as of a date, read from
 * the CRM's own exports (Salesforce, HubSpot) or Cadence's columns, and what moved between two of them.
 */
package dev.cadence.pipeline;
