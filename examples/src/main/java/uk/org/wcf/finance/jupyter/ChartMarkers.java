package uk.org.wcf.finance.jupyter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.function.Consumer;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import uk.org.wcf.finance.notebook.Notebooks;

/**
 * A cell's standard output on its way to Jupyter: a line {@link Notebooks#show} prints to mark a chart becomes
 * the chart itself, inline (the PNG is read and its temporary file removed); every other line passes through.
 * The same marker the {@code notebook} command's renderer reads, so a notebook shows its charts in both.
 */
final class ChartMarkers extends OutputStream {

    private static final byte[] MARKER = Notebooks.IMAGE_MARKER.getBytes(StandardCharsets.UTF_8);

    private final OutputStream out;
    private final Consumer<DisplayData> display;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    /**
     * @param out where other text goes
     * @param display where a chart goes
     */
    ChartMarkers(OutputStream out, Consumer<DisplayData> display) {
        this.out = out;
        this.display = display;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            endOfLine();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    private void endOfLine() throws IOException {
        String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
        if (text.startsWith(Notebooks.IMAGE_MARKER) && text.endsWith("]]")) {
            Path png = Path.of(text.substring(Notebooks.IMAGE_MARKER.length(), text.length() - 2));
            if (Files.isRegularFile(png)) {
                DisplayData d = new DisplayData("chart (PNG)");
                d.putData("image/png", Base64.getEncoder().encodeToString(Files.readAllBytes(png)));
                line.reset();
                out.flush();
                display.accept(d);
                Files.deleteIfExists(png);
                return;
            }
        }
        line.writeTo(out);
        line.reset();
    }

    /** Passes on a partial line, unless it may yet be a marker. */
    @Override
    public synchronized void flush() throws IOException {
        byte[] b = line.toByteArray();
        boolean maybeMarker = true;
        for (int i = 0; i < Math.min(b.length, MARKER.length); i++) {
            maybeMarker &= b[i] == MARKER[i];
        }
        if (!maybeMarker || b.length == 0) {
            line.writeTo(out);
            line.reset();
        }
        out.flush();
    }

    /** Passes on whatever is left at the end of a cell. */
    synchronized void finish() throws IOException {
        line.writeTo(out);
        line.reset();
        out.flush();
    }
}
