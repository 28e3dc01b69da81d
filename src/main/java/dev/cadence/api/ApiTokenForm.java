package dev.cadence.api;

/** The form that creates a token; the service checks it. */
class ApiTokenForm {

    private String name;
    private ApiScope scope = ApiScope.READ;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ApiScope getScope() {
        return scope;
    }

    public void setScope(ApiScope scope) {
        this.scope = scope;
    }
}
