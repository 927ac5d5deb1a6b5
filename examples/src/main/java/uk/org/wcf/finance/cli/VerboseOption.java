package uk.org.wcf.finance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --verbose}, which every command that can fail takes: a failure prints a stack trace after its one line. The
 * error handler reads it from the failing command's mixin ({@link #asked}).
 */
final class VerboseOption {

    @Option(names = "--verbose", description = "show a stack trace on errors")
    boolean on;

    /**
     * Whether the command that failed was given {@code --verbose}: read from its {@code VerboseOption} mixin, or from a
     * mixin's own (such as {@link Output}'s).
     *
     * @param failed the command line of the command that failed
     * @return true when it was given {@code --verbose}
     */
    static boolean asked(CommandLine failed) {
        return asked(failed.getCommandSpec());
    }

    private static boolean asked(CommandSpec spec) {
        for (CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof VerboseOption v ? v.on : asked(mixin)) {
                return true;
            }
        }
        return false;
    }
}
