package uk.org.wcf.finance.structure;

/**
 * A directorate of the company, the top level of the service structure (Resources; Social Care; Education and
 * Early Help).
 *
 * @param code a short lower-case code, such as {@code social_care}
 * @param name the name as published
 */
public record Directorate(String code, String name) {

    /**
     * Validates the directorate.
     *
     * @param code lower-case letters, digits and underscores
     * @param name not blank
     */
    public Directorate {
        code = Names.code(code, "directorate");
        name = Names.name(name, "directorate");
    }

    /**
     * @param code the code
     * @param name the name
     * @return the directorate
     */
    public static Directorate of(String code, String name) {
        return new Directorate(code, name);
    }

    /**
     * A directorate whose code is made from its name ('Social Care' becomes {@code social_care}).
     *
     * @param name the name
     * @return the directorate
     */
    public static Directorate named(String name) {
        return new Directorate(Names.codeOf(Names.name(name, "directorate")), name);
    }

    // equals and hashCode as the record's own (RecordMethodsTest), written out: a record's are linked at first use
    // through ObjectMethods.bootstrap, method handles spun at run time that the class-data archive cannot hold
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Directorate d && code.equals(d.code) && name.equals(d.name);
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
