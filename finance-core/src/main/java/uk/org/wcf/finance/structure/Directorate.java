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

    @Override
    public String toString() {
        return name;
    }
}
