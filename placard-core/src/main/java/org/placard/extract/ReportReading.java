// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.Evidence;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.model.Slogan;
import org.placard.model.Span;
import org.placard.text.Folding;
import org.placard.text.Segment;
import org.placard.time.TimeMention;

/**
 * One report being read. Mutable and confined to one call of {@link RuleEventExtractor#extract}.
 *
 * <p>Per segment (sentence, caption, list item): slogans are masked first, so that nothing inside a quoted
 * slogan makes a place, date or trigger. Background mentions of past protests become reference events,
 * placed where their own words place them ("protests in Iran") or else in the report's main country. The
 * remaining protest words, form cues and cues of other event types trigger current events, one per town the
 * segment names (a list of cities is one event per city), dated as {@link EventDating} says. A segment whose
 * trigger has no place, and a country-level statement in a report that also names towns, sets context: its
 * forms become the forms of the report's events that state none of their own (a list of cities "where
 * activities took place" takes the forms of the report's general statement "sprayed graffiti and erected
 * banners"). Claims go to the event whose words precede them most closely in their segment; slogans of a
 * segment that made events go to those events, every other slogan to all the report's current events.
 */
final class ReportReading {
  private final RuleEventExtractor.Lexicons lex;
  private final Report report;
  private final List<TimeMention> times;
  private final Consumer<Problem> problems;
  private final String text;
  private final String folded;
  private final List<Segment> segments;
  private final List<SloganFinder.Found> slogans;
  private final EventPlaces places;
  private final EventDating dating;
  private final List<EventDraft> drafts = new ArrayList<>();
  private final Map<Form, List<Span>> contextForms = new EnumMap<>(Form.class);
  private final List<Slogan> generalSlogans = new ArrayList<>();
  private List<EventDraft> lastEvents = List.of();
  private final List<Pending> pendingClaims = new ArrayList<>();

  /** A claim read before any event it could belong to, and the segment it was read in. */
  private record Pending(ClaimReader.Found found, int segment) {}

  ReportReading(RuleEventExtractor.Lexicons lex, Report report, List<ResolvedPlace> resolved, List<TimeMention> times,
      Consumer<Problem> problems) {
    this.lex = lex;
    this.report = report;
    this.times = times;
    this.problems = problems;
    this.text = report.text();
    this.segments = lex.segmenter().segment(text);
    this.slogans = lex.slogans().find(text, segments);
    char[] masked = Folding.forMatching(text).toCharArray();
    List<Span> sloganSpans = slogans.stream().map(SloganFinder.Found::span).toList();
    sloganSpans.forEach(s -> java.util.Arrays.fill(masked, s.start(), s.end(), ' '));
    this.folded = new String(masked);
    List<Span> hidden = new ArrayList<>(sloganSpans);
    lex.actors().find(folded, new Span(0, text.length())).forEach(a -> hidden.add(a.span()));
    // A word the time tagger read as a time ("Last year") is not a place, whatever the gazetteer holds.
    times.forEach(t -> hidden.add(t.span()));
    this.places = new EventPlaces(text, resolved, hidden);
    this.dating = new EventDating(report, times, sloganSpans);
  }

  List<Event> events() {
    for (int i = 0; i < segments.size(); i++) {
      read(i);
    }
    boolean towns = drafts.stream().anyMatch(d -> !d.reference && !d.countryLevel());
    if (towns) {
      // "across Iran" beside a list of towns is context, not a country-level event of its own.
      for (EventDraft d : List.copyOf(drafts)) {
        if (!d.reference && d.countryLevel()) {
          drafts.remove(d);
          // Its numbers stay with the report's events: the nearest town event of the same or the next paragraph.
          nearestTownEvent(d).ifPresent(to -> d.claims.forEach(to::addClaim));
          d.slogans.forEach(generalSlogans::add);
          d.formSpans.forEach((f, spans) -> contextForms.computeIfAbsent(f, x -> new ArrayList<>()).addAll(spans));
        }
      }
    }
    Map<String, EventDraft> merged = new LinkedHashMap<>();
    for (EventDraft d : drafts) {
      if (!d.reference) {
        if (d.forms.isEmpty()) {
          contextForms.forEach((form, spans) -> spans.forEach(s -> d.addForm(form, Evidence.of(report, "form", s))));
        }
        generalSlogans.forEach(s -> {
          d.addSlogan(s);
          d.evidence.add(s.evidence());
        });
      }
      merged.merge(d.key(), d, (a, b) -> {
        a.absorb(b);
        return a;
      });
    }
    return merged.values().stream().map(d -> d.build(report)).toList();
  }

  private Optional<EventDraft> nearestTownEvent(EventDraft from) {
    int paragraph = segments.get(from.segment).paragraph();
    return drafts.stream().filter(d -> !d.reference && !d.countryLevel()
            && Math.abs(segments.get(d.segment).paragraph() - paragraph) <= 1)
        .min(Comparator.comparingInt(d -> Math.abs(d.segment - from.segment)));
  }

  /** Reads segment {@code i}: its reference events, its current events, or its context. */
  private void read(int i) {
    Span seg = segments.get(i).span();
    List<Span> triggers = new ArrayList<>(lex.vocabulary().find(folded, seg));
    List<Match<Form>> forms = lex.forms().find(folded, seg);
    forms.forEach(f -> triggers.add(f.span()));
    Optional<TypeRules.Decision> type = lex.types().classify(folded, seg, triggers);
    if (type.isEmpty()) {
      slogansOf(i, List.of());
      claims(i, seg, List.of());
      return;
    }
    type.filter(t -> !t.type().eventType().equals("Protests")).flatMap(TypeRules.Decision::cue).ifPresent(triggers::add);
    List<Span> taken = new ArrayList<>();
    lex.attributions().read(folded, seg, times).forEach(a -> a.dateSpan().ifPresent(taken::add));
    List<EventDraft> here = new ArrayList<>();
    List<Span> phrases = new ArrayList<>();
    for (EventDating.Reference ref : dating.references(folded, seg)) {
      phrases.add(ref.phrase());
      taken.add(ref.when().mention().span());
      Optional<Place> where = placeOf(ref.phrase(), seg).or(places::mainCountry);
      EventDraft d = new EventDraft(where, ref.when().date(), true, type.get(), ref.phrase(), i);
      d.evidence.add(Evidence.of(report, "event", ref.phrase()));
      d.evidence.add(Evidence.of(report, "date", ref.when().mention().span()));
      here.add(d);
    }
    List<Span> current = triggers.stream().filter(t -> phrases.stream().noneMatch(p -> p.overlaps(t)))
        .sorted().toList();
    if (!current.isEmpty()) {
      List<ResolvedPlace> at = places.in(seg).stream()
          .filter(p -> phrases.stream().noneMatch(ph -> near(ph, p.mention().span()))).toList();
      if (at.isEmpty()) {
        forms.stream().filter(f -> current.contains(f.span()))
            .forEach(f -> contextForms.computeIfAbsent(f.value(), x -> new ArrayList<>()).add(f.span()));
        // "Students protested on Sunday" with no town: an event in the report's country (or of unknown place),
        // dropped again as mere context when the report names the towns where it happened.
        Optional<Dating> date = dateOf(seg, current.get(0), taken, List.of());
        if (date.isPresent()) {
          EventDraft d = new EventDraft(places.mainCountry(), date.get().date(), false, type.get(), current.get(0), i);
          current.forEach(t -> d.evidence.add(Evidence.of(report, "event", t)));
          date.get().evidence().ifPresent(s -> d.evidence.add(Evidence.of(report, "date", s)));
          here.add(d);
        }
      } else {
        for (ResolvedPlace p : at) {
          // The date nearest the place: "in Tabriz on Monday, and in Bandar Abbas on Tuesday".
          Optional<Dating> date = dateOf(seg, p.mention().span(), taken, List.of(p));
          if (date.isEmpty()) {
            continue;
          }
          EventDraft d = new EventDraft(Optional.of(EventPlaces.asEventPlace(p)), date.get().date(), false, type.get(),
              current.get(0), i);
          current.forEach(t -> d.evidence.add(Evidence.of(report, "event", t)));
          d.evidence.add(Evidence.of(report, "place", p.mention().span()));
          date.get().evidence().ifPresent(s -> d.evidence.add(Evidence.of(report, "date", s)));
          forms.stream().filter(f -> current.contains(f.span()))
              .forEach(f -> d.addForm(f.value(), Evidence.of(report, "form", f.span())));
          here.add(d);
        }
      }
    }
    type.get().cue().ifPresent(cue -> here.forEach(d -> d.evidence.add(Evidence.of(report, "type", cue))));
    // A past event named as background has its protesters, not the groups the sentence names (often claimants).
    here.forEach(d -> actors(d, d.reference ? d.anchor : seg));
    claims(i, seg, here);
    slogansOf(i, here);
    drafts.addAll(here);
  }

  /** An event's date and the words it was read from (the latest date of the text, when inferred from it). */
  private record Dating(EventDate date, Optional<Span> evidence) {}

  private Optional<Dating> dateOf(Span seg, Span trigger, List<Span> taken, List<ResolvedPlace> at) {
    Optional<EventDating.Dated> own = dating.own(seg, trigger, taken);
    if (own.isPresent()) {
      return Optional.of(new Dating(own.get().date(), Optional.of(own.get().mention().span())));
    }
    if (dating.fallback().isPresent()) {
      Optional<Span> from = report.published().isPresent() ? Optional.empty()
          : dating.fallbackSource().map(TimeMention::span);
      return Optional.of(new Dating(dating.fallback().get(), from));
    }
    String where = at.stream().map(p -> p.mention().text()).toList().toString();
    problems.accept(Problem.ofReport(report, "extract", "no date for the events at " + where
        + ": the report has no date and its text gives none; the events are left out", Optional.of(seg.of(text))));
    return Optional.empty();
  }

  /** The place a background phrase names itself: inside it, or right after it ("protests in Iran"). */
  private Optional<Place> placeOf(Span phrase, Span seg) {
    return places.in(new Span(phrase.start(), Math.min(seg.end(), phrase.end() + 30))).stream()
        .filter(p -> near(phrase, p.mention().span())).findFirst().map(EventPlaces::asEventPlace);
  }

  private boolean near(Span phrase, Span place) {
    if (phrase.contains(place)) {
      return true;
    }
    return place.start() >= phrase.end()
        && folded.substring(phrase.end(), place.start()).matches("\\s+(?:in|across|throughout)\\s+(?:the\\s+)?");
  }

  private void actors(EventDraft d, Span seg) {
    String country = d.place.map(Place::country).orElse("International");
    Optional<String> identity = Optional.empty();
    for (Match<ActorLexicon.Entry> a : lex.actors().find(folded, seg)) {
      if (a.value().role().isEmpty()) {
        continue;
      }
      org.placard.model.ActorRole role = a.value().role().get();
      if (role == org.placard.model.ActorRole.STATE_FORCES && !TypeRules.forcesIntervened(d.type.type())) {
        continue;
      }
      if (role == org.placard.model.ActorRole.PROTESTERS) {
        identity = identity.or(() -> Optional.of(a.span().of(text)));
        role = org.placard.model.ActorRole.ORGANISER;
      }
      d.addActor(a.value().nameIn(country), role, a.span().of(text));
      d.evidence.add(Evidence.of(report, "actor", a.span()));
    }
    if (d.type.type().disorderType().equals("Demonstrations")) {
      String who = d.type.type().eventType().equals("Riots") ? "Rioters" : "Protesters";
      d.addActor(who + " (" + country + ")", org.placard.model.ActorRole.PROTESTERS,
          identity.orElse(d.anchor.of(text)));
    }
  }

  private void claims(int i, Span seg, List<EventDraft> here) {
    if (here.isEmpty()) {
      // "At least 5 people were killed, the commission said": a sentence of numbers with no event of its own
      // tells of the events just told, in the same paragraph or the next.
      here = lastEvents.stream().filter(d -> !d.reference
          && segments.get(i).paragraph() - segments.get(d.segment).paragraph() <= 1).toList();
      if (here.isEmpty()) {
        // "Thousands took part. On Monday they marched in X": numbers told before their event wait for the
        // first event of the same or the next paragraph.
        lex.claims().read(report, folded, seg, times).forEach(c -> pendingClaims.add(new Pending(c, i)));
        return;
      }
    } else {
      lastEvents = here;
      EventDraft first = here.get(0);
      for (Pending p : pendingClaims) {
        if (segments.get(i).paragraph() - segments.get(p.segment()).paragraph() <= 1 && !first.reference) {
          first.addClaim(p.found().claim());
        }
      }
      pendingClaims.clear();
    }
    for (ClaimReader.Found c : lex.claims().read(report, folded, seg, times)) {
      EventDraft to = here.stream().filter(d -> d.anchor.start() <= c.span().start())
          .max(Comparator.comparingInt(d -> d.anchor.start())).orElse(here.get(0));
      to.addClaim(c.claim());
    }
  }

  private void slogansOf(int segment, List<EventDraft> here) {
    List<EventDraft> current = here.stream().filter(d -> !d.reference).toList();
    for (SloganFinder.Found f : slogans) {
      if (f.segment() != segment) {
        continue;
      }
      Evidence where = Evidence.of(report, "slogan", f.span());
      Slogan slogan = new Slogan(f.span().of(text), where);
      if (current.isEmpty()) {
        generalSlogans.add(slogan);
      }
      current.forEach(d -> {
        d.addSlogan(slogan);
        d.evidence.add(where);
      });
    }
  }
}
