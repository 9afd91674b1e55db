// Webpack in the shape of Microsoft's React task-pane template: an async config function,
// taskpane and commands entries, assets and manifest copied, localhost URLs replaced by the
// production URL in production builds. No IE11 polyfills; office.js comes from Microsoft's CDN.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Where the built add-in is hosted; override with ITA_REPORT_URL at build time.
const urlProd = process.env.ITA_REPORT_URL || "https://ita-report.example.org/";

async function getHttpsOptions() {
  // Dev certificates exist only on developer machines that ran office-addin-dev-certs.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The same pane in a browser without Excel; ExcelJS comes in a chunk loaded on demand.
      standalone: "./src/standalone/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
      chunkFilename: "[name].[contenthash:8].js",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: "tsconfig.json",
              compilerOptions: { noEmit: false },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "standalone.html",
        template: "./src/standalone/standalone.html",
        chunks: ["standalone"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name]" + "[ext]",
            transform(content) {
              if (dev) return content;
              // Page URLs end in "/…"; AppDomains hold the bare origin.
              return content
                .toString()
                .replaceAll(urlDev, urlProd)
                .replaceAll(urlDev.slice(0, -1), urlProd.replace(/\/$/, ""));
            },
          },
        ],
      }),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options:
          env.WEBPACK_BUILD || options.https !== undefined
            ? options.https
            : await getHttpsOptions(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
      static: [
        {
          directory: path.join(__dirname, "node_modules/@microsoft/office-js/dist"),
          publicPath: "/office-js",
        },
      ],
    },
  };
};
