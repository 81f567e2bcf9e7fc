package de.buergerkoffer.hub.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out for inline SVG: the page draws the bars and texts where this puts them, with
 * a title and a table of the same numbers for screen readers and for reading exact values. Columns
 * (vertical bars) suit many short labels such as days; rows (horizontal bars) suit few long labels
 * such as service names. Plain Java.
 *
 * @param title what the chart shows (the SVG's title)
 * @param width the SVG's view box width
 * @param height the SVG's view box height
 * @param max the largest value (at least 1), the end of the scale
 * @param axes the two axis lines
 * @param scale the texts "0" and max at the ends of the value axis
 * @param bars the bars, in the order of the values
 */
public record BarChart(
    String title,
    int width,
    int height,
    int max,
    List<Line> axes,
    List<Text> scale,
    List<Bar> bars) {

  static final int MARGIN = 20;
  static final int COLUMN_LEFT = 40;
  static final int COLUMN_BOTTOM = 40;
  static final int ROW_LEFT = 230;

  /** A line from (x1, y1) to (x2, y2). */
  public record Line(double x1, double y1, double x2, double y2) {}

  /**
   * A text at (x, y).
   *
   * @param anchor SVG text-anchor: start, middle or end
   * @param transform an SVG transform such as a rotation, or empty
   */
  public record Text(String text, double x, double y, String anchor, String transform) {}

  /**
   * One bar.
   *
   * @param tooltip label and value, shown on hover (SVG title)
   * @param labelText the label under or beside the bar, or null where labels are thinned out
   * @param valueText the value at the bar's end, or null for zero
   */
  public record Bar(
      String label,
      int value,
      double x,
      double y,
      double width,
      double height,
      String tooltip,
      Text labelText,
      Text valueText) {}

  /** One vertical bar per value, labels under the axis (at most about ten of them). */
  public static BarChart columns(
      String title, List<String> labels, List<Integer> values, int width, int height) {
    int max = max(values);
    int baseline = height - COLUMN_BOTTOM;
    double plot = baseline - MARGIN;
    double slot = (double) (width - COLUMN_LEFT) / Math.max(1, values.size());
    double barWidth = slot * 0.7;
    int labelEvery = Math.max(1, (int) Math.ceil(values.size() / 10.0));
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      int v = values.get(i);
      double h = plot * v / max;
      double x = COLUMN_LEFT + i * slot + (slot - barWidth) / 2;
      double centre = x + barWidth / 2;
      double labelY = baseline + 12;
      Text label =
          i % labelEvery == 0
              ? new Text(
                  labels.get(i),
                  centre,
                  labelY,
                  "end",
                  "rotate(-30 " + round(centre) + " " + round(labelY) + ")")
              : null;
      Text value =
          v > 0 ? new Text(String.valueOf(v), centre, baseline - h - 3, "middle", "") : null;
      bars.add(
          new Bar(labels.get(i), v, x, baseline - h, barWidth, h, tip(labels, i, v), label, value));
    }
    return new BarChart(
        title,
        width,
        height,
        max,
        List.of(
            new Line(COLUMN_LEFT, baseline, width, baseline),
            new Line(COLUMN_LEFT, MARGIN, COLUMN_LEFT, baseline)),
        List.of(
            new Text(String.valueOf(max), COLUMN_LEFT - 4, MARGIN + 4, "end", ""),
            new Text("0", COLUMN_LEFT - 4, baseline, "end", "")),
        List.copyOf(bars));
  }

  /** One horizontal bar per value, labels left of the axis; the height follows the count. */
  public static BarChart rows(String title, List<String> labels, List<Integer> values, int width) {
    int max = max(values);
    int rowHeight = 28;
    int height = 2 * MARGIN + Math.max(1, values.size()) * rowHeight;
    double plot = width - ROW_LEFT - 40;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      int v = values.get(i);
      double w = plot * v / max;
      double y = MARGIN + i * rowHeight + 4;
      double barHeight = rowHeight - 8;
      double middle = y + barHeight / 2 + 4;
      bars.add(
          new Bar(
              labels.get(i),
              v,
              ROW_LEFT,
              y,
              w,
              barHeight,
              tip(labels, i, v),
              new Text(labels.get(i), ROW_LEFT - 6, middle, "end", ""),
              new Text(String.valueOf(v), ROW_LEFT + w + 4, middle, "start", "")));
    }
    int bottom = height - MARGIN;
    return new BarChart(
        title,
        width,
        height,
        max,
        List.of(
            new Line(ROW_LEFT, MARGIN, ROW_LEFT, bottom),
            new Line(ROW_LEFT, bottom, ROW_LEFT + plot, bottom)),
        List.of(
            new Text("0", ROW_LEFT, bottom + 14, "middle", ""),
            new Text(String.valueOf(max), ROW_LEFT + plot, bottom + 14, "middle", "")),
        List.copyOf(bars));
  }

  private static int max(List<Integer> values) {
    return Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(0));
  }

  private static String tip(List<String> labels, int i, int v) {
    return labels.get(i) + ": " + v;
  }

  private static String round(double d) {
    return String.valueOf(Math.round(d * 10) / 10.0);
  }
}
