package de.buergerkoffer.hub.dashboard;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.hub.kits.KitRegistry;
import de.buergerkoffer.hub.quarantine.Quarantine;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The dashboard "Übersicht": cases per day over the last 30 days and per service, the sync delay
 * from capture to arrival, open quarantine entries and kits not heard from for more than 3 days.
 * The charts are inline SVG drawn on the server, each with a table of its numbers.
 */
@Controller
class DashboardPage {

  static final int DAYS = 30;
  static final Duration QUIET = Duration.ofDays(3);
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.");

  private final DashboardData data;
  private final Quarantine quarantine;
  private final KitRegistry kits;
  private final FormCatalog catalog;
  private final Clock clock;
  private final MessageSource messages;

  DashboardPage(
      DashboardData data,
      Quarantine quarantine,
      KitRegistry kits,
      FormCatalog catalog,
      Clock clock,
      MessageSource messages) {
    this.messages = messages;
    this.data = data;
    this.quarantine = quarantine;
    this.kits = kits;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** Everything the dashboard shows, also as JSON. */
  record Summary(
      CaseStatistics.Figures figures,
      String medianDelay,
      String p90Delay,
      int openQuarantine,
      List<KitWatch.QuietKit> quietKits) {}

  @Operation(summary = "Dashboard figures: cases per day and service, sync delay, open issues")
  @GetMapping("/api/dashboard")
  @ResponseBody
  Summary summary() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZONE);
    Instant since = today.minusDays(DAYS - 1L).atStartOfDay(ZONE).toInstant();
    CaseStatistics.Figures figures =
        CaseStatistics.of(data.receivedSince(since), today, ZONE, DAYS);
    return new Summary(
        figures,
        CaseStatistics.german(figures.delays().median()),
        CaseStatistics.german(figures.delays().p90()),
        quarantine.countOpen(),
        KitWatch.quiet(kits.all(), now, QUIET));
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  /** A delay in the page's language: seconds, minutes, hours (one decimal) or days. */
  private String duration(Duration d) {
    if (d == null) {
      return "–";
    }
    long seconds = d.toSeconds();
    java.util.Locale locale = LocaleContextHolder.getLocale();
    if (seconds < 60) {
      return text("dash.dur.sec", String.valueOf(seconds));
    }
    if (seconds < 3600) {
      return text("dash.dur.min", String.valueOf(seconds / 60));
    }
    if (seconds < 86_400) {
      return text("dash.dur.hours", String.format(locale, "%.1f", seconds / 3600.0));
    }
    return text("dash.dur.days", String.format(locale, "%.1f", seconds / 86_400.0));
  }

  @GetMapping("/dashboard")
  String page(Model model) {
    Summary s = summary();
    Map<String, String> titles =
        catalog.current().stream()
            .collect(Collectors.toMap(FormDefinition::id, FormDefinition::titleDe, (a, b) -> a));
    var f = s.figures();
    model.addAttribute("summary", s);
    model.addAttribute("median", duration(f.delays().median()));
    model.addAttribute("p90", duration(f.delays().p90()));
    model.addAttribute("total", f.perDay().stream().mapToInt(CaseStatistics.DayCount::cases).sum());
    model.addAttribute(
        "perDay",
        BarChart.columns(
            text("dash.chart.day"),
            f.perDay().stream().map(d -> DAY.format(d.day())).toList(),
            f.perDay().stream().map(CaseStatistics.DayCount::cases).toList(),
            640,
            240));
    model.addAttribute(
        "perService",
        BarChart.rows(
            text("dash.chart.service"),
            f.perService().stream().map(c -> titles.getOrDefault(c.formId(), c.formId())).toList(),
            f.perService().stream().map(CaseStatistics.ServiceCount::cases).toList(),
            640));
    model.addAttribute(
        "delays",
        BarChart.columns(
            text("dash.chart.delay"),
            java.util.stream.IntStream.range(0, f.delays().histogram().size())
                .mapToObj(i -> text("dash.bucket." + i))
                .toList(),
            f.delays().histogram().stream().map(CaseStatistics.DelayBucket::cases).toList(),
            640,
            240));
    return "dashboard";
  }
}
