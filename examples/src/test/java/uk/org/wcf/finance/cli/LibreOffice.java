package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless ({@code libreoffice-calc-nogui}; CI installs it) for the ITs that open a workbook as a user's
 * spreadsheet would: conversion in a profile of its own that recalculates every formula on load.
 */
final class LibreOffice {

    static final Path SOFFICE = Paths.get("/usr/bin/soffice");

    /**
     * The filter that writes every sheet to a CSV of its own ({@code <workbook>-<sheet>.csv}), in UTF-8, each cell as
     * shown (its number format applied).
     */
    static final String CSV_EVERY_SHEET_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

    private LibreOffice() {
    }

    /** Skips the test where LibreOffice is not installed, and fails it on CI, which installs it. */
    static void require() {
        boolean present = Files.isExecutable(SOFFICE);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true but " + SOFFICE + " is missing: .ci/run installs libreoffice-calc-nogui");
        }
        assumeTrue(present, SOFFICE + " is not installed (apt-get install libreoffice-calc-nogui)");
    }

    /**
     * Converts with LibreOffice, in a profile of its own (under {@code work}) that recalculates every formula on load.
     *
     * @param to the target: an extension, or an extension and a filter ({@link #CSV_EVERY_SHEET_AS_SHOWN})
     * @return the files written to {@code outDir}
     */
    static List<Path> convert(Path workbook, String to, Path outDir, Path work) throws Exception {
        Path profile = work.resolve("lo-profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
                <value>0</value></prop></item>
                </oor:items>
                """);
        Path log = work.resolve("soffice.log");
        Process p = new ProcessBuilder(SOFFICE.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", to, "--outdir", outDir.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        String name = workbook.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        String extension = to.contains(":") ? to.substring(0, to.indexOf(':')) : to;
        List<Path> out;
        try (var files = Files.list(outDir)) {
            out = files.filter(f -> f.getFileName().toString().startsWith(base) && f.getFileName().toString().endsWith("." + extension))
                    .sorted().toList();
        }
        assertThat(out).as(Files.readString(log)).isNotEmpty();
        return out;
    }

    /** One line of LibreOffice's CSV, split into its cells. */
    static List<String> csvRow(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
