import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.rule.RulePriority;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

/**
 * The PMD engine package ships PMD's jars but no command line: this is the smallest launcher on
 * PMD's Java API. Usage: PmdGate <ruleset,ruleset...> <input dir>... Prints one line per finding,
 * "path:line: Rule: message", and exits 1 when there is any finding or processing error.
 */
public final class PmdGate {
  private PmdGate() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: PmdGate <rulesets> <input>...");
      System.exit(2);
    }
    PMDConfiguration config = new PMDConfiguration();
    for (String ruleset : args[0].split(",")) {
      config.addRuleSet(ruleset);
    }
    for (int i = 1; i < args.length; i++) {
      config.addInputPath(Paths.get(args[i]));
    }
    config.setMinimumPriority(RulePriority.LOW);
    config.setThreads(1);
    int problems = 0;
    try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
      if (pmd.getRulesets().isEmpty() || pmd.getRulesets().stream().allMatch(r -> r.getRules().isEmpty())) {
        System.err.println("PMD loaded no rules from " + args[0]);
        System.exit(2);
      }
      Report report = pmd.performAnalysisAndCollectReport();
      List<RuleViolation> violations = report.getViolations();
      for (RuleViolation v : violations) {
        System.out.println(
            v.getFileId().getOriginalPath() + ":" + v.getBeginLine() + ": " + v.getRule().getName() + ": " + v.getDescription());
        problems++;
      }
      for (Report.ProcessingError e : report.getProcessingErrors()) {
        System.out.println(e.getFileId().getOriginalPath() + ":0: ProcessingError: " + e.getMsg());
        problems++;
      }
      for (Report.ConfigurationError e : report.getConfigurationErrors()) {
        System.out.println("PMD configuration: " + e.rule().getName() + ": " + e.issue());
        problems++;
      }
      if (pmd.getReporter().numErrors() > 0) {
        System.out.println("PMD reported " + pmd.getReporter().numErrors() + " error(s) while loading rules");
        problems++;
      }
    }
    System.exit(problems == 0 ? 0 : 1);
  }
}
