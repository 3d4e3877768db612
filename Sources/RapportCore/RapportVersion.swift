/// The version of Rapport, in one place: `rapport --version`, transcript headers and the
/// installed manual page read it from here.
public enum RapportVersion {
    public static let current = "0.9.0"
}
