package de.buergerkoffer.hub.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out for inline SVG: the page draws the bars this computes, with a title and a
 * table of the same numbers for screen readers and for reading exact values. Plain Java.
 *
 * @param title what the chart shows (the SVG's title)
 * @param width the SVG's view box width
 * @param height the SVG's view box height
 * @param baseline the y of the x axis
 * @param max the largest value (at least 1), the top of the scale
 * @param bars the bars, left to right
 * @param labelEvery print every n-th label under the axis (all values stay in the table)
 */
public record BarChart(
    String title, int width, int height, int baseline, int max, List<Bar> bars, int labelEvery) {

  static final int TOP = 20;
  static final int LEFT = 40;
  static final int BOTTOM = 40;

  /**
   * One bar.
   *
   * @param tooltip label and value, shown on hover (SVG title)
   */
  public record Bar(
      String label, int value, double x, double y, double width, double height, String tooltip) {

    /** Where the bar's label is drawn: centred under the bar. */
    public double labelX() {
      return x + width / 2;
    }
  }

  /** Lays out one bar per value; {@code labels} and {@code values} have the same length. */
  public static BarChart of(
      String title, List<String> labels, List<Integer> values, int width, int height) {
    int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(0));
    int baseline = height - BOTTOM;
    double plotHeight = baseline - TOP;
    double slot = (double) (width - LEFT) / Math.max(1, values.size());
    double barWidth = slot * 0.7;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      int v = values.get(i);
      double h = plotHeight * v / max;
      double x = LEFT + i * slot + (slot - barWidth) / 2;
      bars.add(new Bar(labels.get(i), v, x, baseline - h, barWidth, h, labels.get(i) + ": " + v));
    }
    int labelEvery = Math.max(1, (int) Math.ceil(values.size() / 10.0));
    return new BarChart(title, width, height, baseline, max, List.copyOf(bars), labelEvery);
  }

  /** The y of the scale's top line. */
  public int top() {
    return TOP;
  }

  /** The x of the y axis. */
  public int left() {
    return LEFT;
  }
}
