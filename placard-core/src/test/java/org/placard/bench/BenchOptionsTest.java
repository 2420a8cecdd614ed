// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {
  @Test
  void readsEveryOption() {
    BenchOptions o = BenchOptions.parse("--corpus", "a.xml", "dir", "--repeat", "60", "--threads", "2",
        "--baseline", "corenlp", "--baseline-sample", "200", "--warmup", "0", "--sample", "500");
    assertThat(o.corpus()).containsExactly(Path.of("a.xml"), Path.of("dir"));
    assertThat(o.repeat()).isEqualTo(60);
    assertThat(o.threads()).isEqualTo(2);
    assertThat(o.baseline()).contains("corenlp");
    assertThat(o.baselineSample()).isEqualTo(200);
    assertThat(o.warmup()).isZero();
    assertThat(o.sample()).contains(500);
  }

  @Test
  void defaultsToOnePassOnEveryCore() {
    BenchOptions o = BenchOptions.parse("--corpus", "a.xml");
    assertThat(o.repeat()).isEqualTo(1);
    assertThat(o.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(o.baseline()).isEmpty();
    assertThat(o.sample()).isEmpty();
  }

  @Test
  void failsFastOnWhatItDoesNotKnow() {
    assertThatThrownBy(() -> BenchOptions.parse("--corpus", "a", "--fast")).hasMessageContaining("--fast");
    assertThatThrownBy(() -> BenchOptions.parse("--corpus", "a", "--repeat", "x")).hasMessageContaining("whole number");
    assertThatThrownBy(() -> BenchOptions.parse("--repeat", "2")).hasMessageContaining("no corpus");
    assertThatThrownBy(() -> BenchOptions.parse("--corpus", "a", "--threads", "0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenchOptions.parse("--corpus", "a", "--threads")).hasMessageContaining("needs a value");
  }
}
