package ma.gov.social.jisr.women.internal.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.women.api.ImmediateNeed;
import ma.gov.social.jisr.women.api.IntakeChannel;
import ma.gov.social.jisr.women.api.ViolenceKind;
import ma.gov.social.jisr.women.internal.demo.DemoWomen.Call;
import ma.gov.social.jisr.women.internal.demo.DemoWomen.Place;

/** The demo's listening calls, some of which became cases. */
final class DemoCalls {
    private final DemoWomen w;
    private final Dice dice;

    DemoCalls(DemoWomen w, Dice dice) {
        this.w = w;
        this.dice = dice;
    }

    /** Listening w.calls at the places' listening centres; about one in four became a case (her intake). */
    void place(Map<String, List<CentreCard>> byProvince) {
        for (Made m : w.cases) {
            if (dice.random().nextInt(100) < 12) {
                m.channel = dice.random().nextInt(4) == 0 ? IntakeChannel.REMOTE_ONLINE : IntakeChannel.TELEPHONE_LINE;
                m.call = call(listening(byProvince, m.centre), m.openedOn.minusDays(dice.random().nextInt(4)), m.channel,
                        m.kinds, m.needs.contains(ImmediateNeed.SAFETY), m.needs, m);
                w.calls.add(m.call);
            }
        }
        for (Place p : DemoWomen.PLACES) {
            List<CentreCard> here = byProvince.getOrDefault(p.provinceCode(), List.of());
            if (here.isEmpty()) {
                continue;
            }
            for (int i = 0; i < p.cases() / 3; i++) {
                CentreCard centre = listening(byProvince, dice.pick(here));
                LocalDate day = DemoWomen.AS_OF.minusDays(dice.random().nextInt(240));
                Set<ViolenceKind> kinds = dice.random().nextInt(5) == 0 ? Set.of() : w.kinds();
                Set<ImmediateNeed> needs = EnumSet.noneOf(ImmediateNeed.class);
                if (dice.random().nextInt(3) == 0) {
                    needs.add(dice.pick(List.of(ImmediateNeed.values())));
                }
                w.calls.add(call(centre, day, dice.random().nextInt(4) == 0 ? IntakeChannel.REMOTE_ONLINE
                        : IntakeChannel.TELEPHONE_LINE, kinds, dice.random().nextInt(100) < 15, needs, null));
            }
        }
        w.calls.sort(Comparator.comparing(Call::at));
    }

    private Call call(CentreCard centre, LocalDate day, IntakeChannel channel, Set<ViolenceKind> kinds,
                      boolean danger, Set<ImmediateNeed> needs, Made became) {
        LocalDateTime at = day.atTime(8 + dice.random().nextInt(13), dice.random().nextInt(60));
        String summary = dice.pick(Texts.CALLS);
        String action = became != null ? "Rendez-vous fixé au centre pour l'accueil et l'ouverture du dossier."
                : danger ? "Orientée vers la police (19) et la cellule hospitalière ; rappel convenu le lendemain."
                : dice.random().nextInt(3) == 0 ? null : dice.pick(Texts.ACTIONS);
        return new Call(centre, at, channel, kinds, danger, needs, summary, action, became);
    }

    private CentreCard listening(Map<String, List<CentreCard>> byProvince, CentreCard near) {
        List<CentreCard> lines = byProvince.getOrDefault(near.provinceCode(), List.of()).stream()
                .filter(c -> c.type() == CentreType.LISTENING_CENTRE).toList();
        return lines.isEmpty() ? near : lines.get(0);
    }
}
