package uk.org.wcf.finance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The progress bar goes where stderr is a terminal, whatever stdout is. */
class ProgressBarTest {

    @Test
    void aTerminalIsATtyOrPtyAndNothingElse() {
        assertThat(ProgressBar.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(ProgressBar.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(ProgressBar.isTerminalDevice("pipe:[12345]")).isFalse();
        assertThat(ProgressBar.isTerminalDevice("/tmp/err.log")).isFalse();
        assertThat(ProgressBar.isTerminalDevice("/dev/null")).isFalse();
    }
}
