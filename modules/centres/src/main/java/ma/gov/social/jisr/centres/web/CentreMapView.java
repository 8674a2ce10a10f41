package ma.gov.social.jisr.centres.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import ma.gov.social.jisr.centres.api.CentreService;
import ma.gov.social.jisr.centres.api.MapPoint;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.TerritoryOptions;

/**
 * The centres of a province drawn on a plain plane (an SVG the page itself contains): ministry
 * networks often have no internet access, so the map needs no tiles from outside and still shows
 * where centres are relative to each other. Longitude grows to the right, latitude upwards.
 */
@Named
@ViewScoped
public class CentreMapView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int WIDTH = 800;
    static final int HEIGHT = 500;
    private static final int MARGIN = 30;

    @Inject
    private CentreService centres;
    @Inject
    private TerritoryOptions options;

    private String province;
    private List<Marker> markers = List.of();

    /** A centre placed on the drawing. */
    public record Marker(long id, String code, String nameAr, String nameFr, String type, String status,
                         int x, int y, BigDecimal latitude, BigDecimal longitude) implements Serializable {
    }

    public void load() {
        if (province == null || province.isBlank()) {
            province = options.provinces(null).stream().findFirst().map(Province::code).orElse(null);
        }
        show();
    }

    public void show() {
        try {
            markers = province == null ? List.of() : place(centres.map(province));
        } catch (JisrException notVisible) {
            Messages.error(notVisible);
            markers = List.of();
        }
    }

    static List<Marker> place(List<MapPoint> points) {
        if (points.isEmpty()) {
            return List.of();
        }
        double minLat = points.stream().mapToDouble(p -> p.latitude().doubleValue()).min().orElseThrow();
        double maxLat = points.stream().mapToDouble(p -> p.latitude().doubleValue()).max().orElseThrow();
        double minLon = points.stream().mapToDouble(p -> p.longitude().doubleValue()).min().orElseThrow();
        double maxLon = points.stream().mapToDouble(p -> p.longitude().doubleValue()).max().orElseThrow();
        double spanLat = Math.max(maxLat - minLat, 0.01);
        double spanLon = Math.max(maxLon - minLon, 0.01);
        double scale = Math.min((WIDTH - 2.0 * MARGIN) / spanLon, (HEIGHT - 2.0 * MARGIN) / spanLat);
        return points.stream().map(p -> new Marker(p.id(), p.code(), p.nameAr(), p.nameFr(), p.type().name(),
                p.status().name(),
                (int) Math.round(MARGIN + (p.longitude().doubleValue() - minLon) * scale),
                (int) Math.round(HEIGHT - MARGIN - (p.latitude().doubleValue() - minLat) * scale),
                p.latitude(), p.longitude())).toList();
    }

    public List<Marker> getMarkers() {
        return markers;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }
}
