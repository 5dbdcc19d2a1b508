// The Action's post step as a CommonJS bundle: see docs/architecture.md, "CommonJS entry points".
import post = require('../github/post.js');

export = post;
