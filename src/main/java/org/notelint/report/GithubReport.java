package org.notelint.report;

import org.notelint.model.Finding;

/**
 * GitHub Actions workflow commands ({@code check --format github}): one
 * {@code ::error file=...,line=...,col=...,title=...::message} line per finding, which the
 * runner turns into inline annotations on the pull request without a SARIF upload. Notes
 * become {@code ::notice}.
 */
public final class GithubReport {
  private GithubReport() {}

  public static String line(Finding f, String root) {
    String command = switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "notice";
    };
    StringBuilder sb = new StringBuilder("::").append(command)
        .append(" file=").append(property(root + f.file()))
        .append(",line=").append(f.span().startLine())
        .append(",col=").append(f.span().startColumn());
    if (f.span().endLine() > f.span().startLine()) {
      sb.append(",endLine=").append(f.span().endLine());
    } else if (f.span().endColumn() > f.span().startColumn()) {
      sb.append(",endColumn=").append(f.span().endColumn());
    }
    sb.append(",title=").append(property(f.ruleId() + " " + f.category().label()))
        .append("::").append(data(f.message()));
    return sb.toString();
  }

  /** A message: %, CR and LF escaped as the runner expects. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as {@link #data}, plus ':' and ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
