// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void reads_comma_separated_and_repeated_inputs_with_the_standard_pipeline_by_default() {
    JobOptions options = JobOptions.parse("--input", "hdfs:///a.jsonl, hdfs:///b/", "--input", "s3a://c/*.jsonl.gz",
        "--output", "hdfs:///out");

    assertThat(options.inputs()).containsExactly("hdfs:///a.jsonl", "hdfs:///b/", "s3a://c/*.jsonl.gz");
    assertThat(options.output()).isEqualTo("hdfs:///out");
    assertThat(options.format()).isEqualTo("jsonl");
    assertThat(options.pipeline()).isEqualTo(StandardPipeline.class.getName());
  }

  @Test
  void fails_with_a_message_naming_what_is_wrong() {
    assertThatThrownBy(() -> JobOptions.parse("--output", "out")).hasMessageContaining("--input");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a")).hasMessageContaining("--output");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output")).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--fast", "yes")).hasMessageContaining("--fast");
    assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--format", "pdf")).hasMessageContaining("pdf");
  }

  @Test
  void makes_the_pipeline_factory_a_class_name_names() {
    assertThat(PipelineFactory.named(FakePipeline.class.getName())).isInstanceOf(FakePipeline.class);
    assertThatThrownBy(() -> PipelineFactory.named("java.lang.String")).hasMessageContaining("not a");
  }
}
