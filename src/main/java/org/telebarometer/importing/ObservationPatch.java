package org.telebarometer.importing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.telebarometer.observation.Qualifier;

/**
 * A correction of one figure: every field given replaces the figure's; a field left out keeps its value.
 */
@Input("ObservationPatch")
@Description("A correction of one figure. Fields given replace the figure's; fields left out keep their value. To "
        + "clear the note, give an empty string.")
public class ObservationPatch {

    @Description("Series key METRIC.SPECIALTY.GEOGRAPHY.")
    public String series;

    @Description("ISO period.")
    public String period;

    @Description("The value.")
    public Double value;

    @Description("Lower bound of a RANGE.")
    public Double low;

    @Description("Upper bound of a RANGE.")
    public Double high;

    @Description("How the wording qualifies the value.")
    public Qualifier qualifier;

    @Description("Code of the organisation that produced the figure.")
    public String source;

    @Description("The sentence the figure was read from, verbatim.")
    public String quote;

    @Description("How the wording was read.")
    public String note;

    /** The figure as it will be once corrected. */
    ObservationInput applyTo(ObservationInput current) {
        Qualifier newQualifier = qualifier != null ? qualifier : current.qualifier();
        boolean range = newQualifier == Qualifier.RANGE;
        return new ObservationInput(
                series != null ? series : current.series(),
                period != null ? period : current.period(),
                value != null ? value : (range && (low != null || high != null) ? null : current.value()),
                range ? (low != null ? low : current.low()) : null,
                range ? (high != null ? high : current.high()) : null,
                newQualifier,
                source != null ? source : current.source(),
                quote != null ? quote : current.quote(),
                note != null ? note : current.note());
    }
}
