package dev.cadence.people;

import java.util.EnumSet;
import java.util.Set;

/** What the administrator's person form posts. The rules are checked by {@link PersonService}. */
public class PersonForm {

    private String name;
    private String email;
    private String username;
    private String title;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private long version;

    static PersonForm from(PersonView person) {
        PersonForm form = new PersonForm();
        form.name = person.name();
        form.email = person.email();
        form.username = person.username();
        form.title = person.title();
        form.roles = person.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(person.roles());
        form.version = person.version();
        return form;
    }

    PersonDetails details() {
        String login = username == null || username.isBlank() ? email : username;
        return new PersonDetails(name, email, login, title);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
