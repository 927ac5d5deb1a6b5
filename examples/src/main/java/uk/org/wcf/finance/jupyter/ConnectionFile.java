package uk.org.wcf.finance.jupyter;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Locale;

import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * The Jupyter connection file the kernel starts from: read and refused when it would have the kernel listen beyond
 * this machine or accept unsigned messages; and one made up for a training run.
 */
final class ConnectionFile {

    private ConnectionFile() {
    }

    /**
     * A connection file for a training run: loopback ports free now, a key no client has.
     *
     * @return the connection file's text
     * @throws IOException when no free port can be found
     */
    static String training() throws IOException {
        int[] ports = new int[5];
        for (int i = 0; i < ports.length; i++) {
            try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                ports[i] = free.getLocalPort();
            }
        }
        return String.format(Locale.ROOT, "{\"transport\": \"tcp\", \"ip\": \"127.0.0.1\", \"shell_port\": %d, "
                + "\"iopub_port\": %d, \"stdin_port\": %d, \"control_port\": %d, \"hb_port\": %d, "
                + "\"signature_scheme\": \"hmac-sha256\", \"key\": \"%s\"}", ports[0], ports[1], ports[2], ports[3], ports[4],
                java.util.UUID.randomUUID());
    }

    /**
     * Reads a connection file, refusing one that would have the kernel listen beyond this machine or accept
     * unsigned messages.
     *
     * @param json the connection file
     * @param name its name, for messages
     * @return the connection properties
     */
    static KernelConnectionProperties read(String json, String name) {
        KernelConnectionProperties p;
        try {
            p = KernelConnectionProperties.parse(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": not a Jupyter connection file: " + e.getMessage(), e);
        }
        if (!"tcp".equals(p.getTransport())) {
            throw new IllegalArgumentException(name + ": transport is '" + p.getTransport() + "': the kernel listens on tcp only");
        }
        boolean loopback;
        try {
            loopback = p.getIp() != null && InetAddress.getByName(p.getIp()).isLoopbackAddress();
        } catch (IOException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new IllegalArgumentException(name + ": ip is '" + p.getIp()
                    + "': the kernel listens only on this machine's loopback address (127.0.0.1)");
        }
        if (p.getKey() == null || p.getKey().isEmpty() || !"hmac-sha256".equals(p.getSignatureScheme())) {
            throw new IllegalArgumentException(name + ": no key, or a signature scheme other than hmac-sha256: "
                    + "the kernel accepts only signed messages");
        }
        return p;
    }
}
