package uk.org.wcf.finance.structure;

import java.util.Objects;

/**
 * A service: a row of the published budget tables (Table 2 and 3 give five, referenced A to E), belonging to a
 * directorate.
 *
 * @param ref the published reference letter or code, such as {@code A}
 * @param name the name as published, such as {@code Resources Directorate}
 * @param directorate the directorate it belongs to
 */
public record Service(String ref, String name, Directorate directorate) {

    /**
     * Validates the service.
     *
     * @param ref not blank
     * @param name not blank
     * @param directorate not null
     */
    public Service {
        ref = Names.name(ref, "service reference");
        name = Names.name(name, "service");
        Objects.requireNonNull(directorate, "directorate");
    }

    /**
     * @param ref the reference
     * @param name the name
     * @param directorate the directorate
     * @return the service
     */
    public static Service of(String ref, String name, Directorate directorate) {
        return new Service(ref, name, directorate);
    }

    /**
     * A service that is its own directorate, as the published tables present Home to School Transport.
     *
     * @param ref the reference
     * @param name the name
     * @return the service, in a directorate of the same name
     */
    public static Service standalone(String ref, String name) {
        return new Service(ref, name, Directorate.named(name));
    }

    // equals and hashCode as the record's own (RecordMethodsTest), written out: a record's are linked at first use
    // through ObjectMethods.bootstrap, method handles spun at run time that the class-data archive cannot hold
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Service s && ref.equals(s.ref) && name.equals(s.name)
                && directorate.equals(s.directorate);
    }

    @Override
    public int hashCode() {
        return (31 * ref.hashCode() + name.hashCode()) * 31 + directorate.hashCode();
    }

    @Override
    public String toString() {
        return ref + " " + name;
    }
}
