// Swagger UI plugin (inlined into swagger-initializer.js by SwaggerUiSvgCharts): an image/svg+xml answer of "Try it
// out" is shown as the chart it is, through an <img> of the answer (an image never runs script), where Swagger UI
// itself would print the SVG's source.
const KzczSvgCharts = function (system) {
  return {
    wrapComponents: {
      responseBody: function (Original, system) {
        return function (props) {
          const React = system.React;
          const type = props.contentType || "";
          if (/^image\/svg\+xml/i.test(type) && props.content) {
            const blob = props.content instanceof Blob ? props.content
              : new Blob([props.content], { type: "image/svg+xml" });
            return React.createElement("div", { className: "kzcz-svg-chart" },
              React.createElement("h5", null, "Response body"),
              React.createElement("img", {
                src: window.URL.createObjectURL(blob),
                alt: "The chart of this answer",
                style: { maxWidth: "100%", background: "#fff" }
              }));
          }
          return React.createElement(Original, props);
        };
      }
    }
  };
};
