// The Action's main step as a CommonJS bundle: see docs/architecture.md, "CommonJS entry points".
import main = require('../github/main.js');

export = main;
