// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.placard.model.Problem;
import org.placard.model.Report;

class CorpusReaderTest {

  static Path fixture(String name) {
    try {
      return Path.of(CorpusReaderTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Corpus read(String name) throws IOException {
    return CorpusReader.read(List.of(fixture(name)));
  }

  @Test
  void eachArticleWithTextIsAReportWithItsTitleAndLink() throws IOException {
    Corpus c = read("corpus/articles.xml");
    assertThat(c.reports()).extracting(Report::text).containsExactly(
        "Hundreds of teachers marched through Porto Alegre on Tuesday to demand higher pay.",
        "Farmers & herders blocked the road near Nakuru, police said.");
    Report first = c.reports().get(0);
    assertThat(first.title()).contains("Teachers march in Porto Alegre");
    assertThat(first.url()).contains("http://example.org/teachers");
    assertThat(first.input()).endsWith("articles.xml#0");
    assertThat(c.problems()).extracting(Problem::message).containsExactly("article without text");
  }

  @Test
  void aWikinewsArticleTakesItsSourceAsTheLink() throws IOException {
    Corpus c = read("corpus/wikinews.xml");
    assertThat(c.reports()).singleElement().satisfies(r -> {
      assertThat(r.text()).isEqualTo("Nurses in Lagos began a strike on Monday.");
      assertThat(r.url()).contains("https://example.org/wiki/Nurses_strike");
    });
  }

  @Test
  void aTimeMlDocumentIsItsTextWithoutTagsDatedByItsCreationTime() throws IOException {
    Corpus c = read("corpus/timeml/doc1.tml");
    assertThat(c.reports()).singleElement().satisfies(r -> {
      assertThat(r.text()).isEqualTo("Dock workers walked out in Rotterdam yesterday & stayed out.");
      assertThat(r.published()).contains(LocalDate.of(2001, 3, 14));
      assertThat(r.title()).contains("Dockers walk out");
    });
  }

  @Test
  void aTableGivesOneReportPerRowWithText() throws IOException {
    Corpus c = read("corpus/notes.csv");
    assertThat(c.reports()).extracting(Report::text).containsExactly(
        "students protested in santiago, demanding free tuition; police used water cannon",
        "dockworkers struck, \"paralysing\" the port");
    assertThat(c.reports()).extracting(Report::published)
        .containsExactly(Optional.of(LocalDate.of(2011, 8, 4)), Optional.empty());
    assertThat(c.problems()).isEmpty();
  }

  @Test
  void aTabSeparatedTableReadsItsSnippetColumn() throws IOException {
    assertThat(read("corpus/snippets.tsv").reports()).extracting(Report::text)
        .containsExactly("Villagers staged a sit-in outside the district office.");
  }

  @Test
  void aDirectoryIsReadWholeInNameOrderWithoutItsReadme() throws IOException {
    Corpus c = read("corpus");
    assertThat(c.reports()).hasSize(8);
    assertThat(c.reports()).extracting(Report::text).noneMatch(t -> t.contains("Not a report"));
    assertThat(c.reports().get(0).input()).contains("articles.xml");
  }

  @Test
  void brokenFilesBecomeProblemsAndKeepWhatCouldBeRead() throws IOException {
    Corpus c = CorpusReader.read(List.of(fixture("broken.xml"), fixture("notext.csv"), fixture("other.xml")));
    assertThat(c.reports()).extracting(Report::text).containsExactly("First article survives.");
    assertThat(c.problems()).extracting(Problem::message).anyMatch(m -> m.startsWith("malformed XML"))
        .anyMatch(m -> m.startsWith("no text column"));
    assertThat(c.problems()).extracting(Problem::input).anyMatch(i -> i.endsWith("other.xml"));
  }

  @Test
  void filesThatIngestReadsAreReadAsIngestReadsThem() throws IOException {
    Corpus c = read("feed.jsonl");
    assertThat(c.reports()).singleElement().satisfies(r -> {
      assertThat(r.text()).isEqualTo("Taxi drivers blocked the ring road in Accra.");
      assertThat(r.published()).contains(LocalDate.of(2022, 5, 9));
    });
  }

  @Test
  void aMissingPathIsAMistakeInTheArguments() {
    assertThatThrownBy(() -> CorpusReader.read(List.of(Path.of("no/such/corpus.xml"))))
        .isInstanceOf(NoSuchFileException.class).hasMessageContaining("no/such/corpus.xml");
  }

  @Test
  void aSampleIsSpreadOverTheWholeCorpus() throws IOException {
    Corpus c = read("corpus");
    assertThat(c.sample(4).reports()).containsExactly(
        c.reports().get(0), c.reports().get(2), c.reports().get(4), c.reports().get(6));
    assertThat(c.sample(100)).isSameAs(c);
  }
}
