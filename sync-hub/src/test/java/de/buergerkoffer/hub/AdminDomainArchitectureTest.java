package de.buergerkoffer.hub;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import de.buergerkoffer.hub.dashboard.BarChart;
import de.buergerkoffer.hub.dashboard.CaseStatistics;
import de.buergerkoffer.hub.dashboard.KitWatch;
import de.buergerkoffer.hub.review.QuarantineReview;
import de.buergerkoffer.hub.visits.VisitPlanning;

/**
 * The rules of visit planning, quarantine review and the dashboard's statistics are plain Java,
 * like the ingest: stores, broker and clock are handed in (see {@link HubArchitectureTest}).
 */
@AnalyzeClasses(packages = "de.buergerkoffer", importOptions = ImportOption.DoNotIncludeTests.class)
class AdminDomainArchitectureTest {

  @ArchTest
  static final ArchRule planningReviewAndStatisticsArePlainJava =
      HubArchitectureTest.plainJava(
          VisitPlanning.class,
          QuarantineReview.class,
          CaseStatistics.class,
          BarChart.class,
          KitWatch.class);
}
