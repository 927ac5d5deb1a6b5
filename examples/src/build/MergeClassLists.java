import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the class lists of the build's training runs (each {@code NAME.classlist} in a folder, as
 * {@code -XX:DumpLoadedClassList} writes them) into the one list the launcher's class-data archive is made from. Run by
 * the build with the JDK's source launcher ({@code java MergeClassLists.java DIR OUT}); not part of the tool's jar.
 *
 * <ul>
 * <li>Each line once, except a lambda line ({@code @lambda-proxy ...}): as many times as the one run that listed it
 * most. Two call sites of the same shape in one class (the same method reference written twice, say) each take an
 * archived class of their own, so a list that kept one line for both left the second to be made at run time, and a
 * line kept more often than any run used it makes JDK 17's dump fail.</li>
 * <li>JDK 25 numbers each class of a list ({@code java/lang/Object id: 0}), each run in its own order: the numbers go,
 * or one class would have two and the dump would refuse the list ("Duplicated ID"; they matter only to classes of
 * custom class loaders, which these lists have none of).</li>
 * <li>Sorted, so that the lines starting {@code @} come first: on JDK 25, a constant-pool line ({@code @cp}) met after
 * its class links it during the dump, and picocli's classes (old class files) are then left out of the archive.</li>
 * </ul>
 */
public final class MergeClassLists {

    private MergeClassLists() {
    }

    /**
     * @param args the folder of class lists and the name of the merged list to write in it (which is not read)
     * @throws IOException when a list cannot be read or the merged one written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String out = args[1];
        List<Path> lists = new ArrayList<>();
        try (var files = Files.newDirectoryStream(dir, "*.classlist")) {
            for (Path f : files) {
                if (!f.getFileName().toString().equals(out)) {
                    lists.add(f);
                }
            }
        }
        Map<String, Integer> times = new TreeMap<>();
        for (Path list : lists) {
            Map<String, Integer> inThisRun = new HashMap<>();
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String kept = line.replaceFirst(" id: [0-9]+$", "");
                inThisRun.merge(kept, 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> e : inThisRun.entrySet()) {
                int n = e.getKey().startsWith("@lambda-proxy") ? e.getValue() : 1;
                times.merge(e.getKey(), n, Math::max);
            }
        }
        StringBuilder merged = new StringBuilder();
        for (Map.Entry<String, Integer> e : times.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                merged.append(e.getKey()).append('\n');
            }
        }
        Files.writeString(dir.resolve(out), merged, StandardCharsets.UTF_8);
        System.out.println("merged " + lists.size() + " class lists into " + out);
    }
}
