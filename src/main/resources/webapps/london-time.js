/*
 * Tasklist, Cockpit and Admin show every date and time on the council's clock, whatever zone the
 * reader's computer is set to: a task due at 5pm reads 17:00 in Leeds and on a laptop left on
 * New York time alike. Loaded by each webapp's scripts/config.js (web.WebappBranding) as the
 * AMD module "scrutineer-london-time", with the Angular module "scrutineer.londonTime".
 *
 * The webapps format dates with their camDate filter in the browser's zone. The filter is given the
 * London wall-clock time of each instant instead, so it keeps the council's formats; Angular's own
 * date filter is given London's offset at that instant. The footer names the zone the times are in.
 */
define([], function () {
  'use strict';

  var ZONE = '__ZONE__';
  var angular = window.angular;
  var londonParts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, hourCycle: 'h23',
    year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'
  });
  var engineDate = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3}))?)?(Z|[+-]\d\d:?\d\d)?$/;

  function instant(value) {
    if (value instanceof Date) {
      return value;
    }
    if (typeof value === 'number') {
      return new Date(value);
    }
    if (value && typeof value.toDate === 'function') {
      return value.toDate();
    }
    var match = typeof value === 'string' ? engineDate.exec(value) : null;
    if (!match) {
      return null;
    }
    var millis = Number(((match[7] || '') + '000').slice(0, 3));
    if (!match[8]) {
      // A time without an offset is one the webapp has already put on the reader's own clock.
      return new Date(+match[1], match[2] - 1, +match[3], +match[4], +match[5], +(match[6] || 0), millis);
    }
    var utc = Date.UTC(+match[1], match[2] - 1, +match[3], +match[4], +match[5], +(match[6] || 0), millis);
    if (match[8] !== 'Z') {
      var offset = match[8].replace(':', '');
      var minutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5));
      utc -= (offset[0] === '-' ? -1 : 1) * minutes * 60000;
    }
    return new Date(utc);
  }

  function londonFields(at) {
    var field = {};
    londonParts.formatToParts(at).forEach(function (part) {
      field[part.type] = Number(part.value);
    });
    return field;
  }

  function londonWallClock(at) {
    var f = londonFields(at);
    return new Date(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, at.getMilliseconds());
  }

  function londonOffset(at) {
    var f = londonFields(at);
    var wholeSeconds = Math.floor(at.getTime() / 1000) * 1000;
    var minutes = Math.round((Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - wholeSeconds) / 60000);
    var size = Math.abs(minutes);
    var hours = Math.floor(size / 60);
    var rest = size % 60;
    return (minutes < 0 ? '-' : '+') + (hours < 10 ? '0' : '') + hours + (rest < 10 ? '0' : '') + rest;
  }

  angular.module('scrutineer.londonTime', ['cam.commons']).config(['$provide', '$injector',
    function ($provide, $injector) {
      if ($injector.has('camDateFilterProvider')) {
        $provide.decorator('camDateFilter', ['$delegate', function (format) {
          return function (value, kind) {
            var at = value ? instant(value) : null;
            return at && !isNaN(at.getTime()) ? format(londonWallClock(at), kind) : format(value, kind);
          };
        }]);
      }
      $provide.decorator('dateFilter', ['$delegate', function (format) {
        return function (value, pattern, timezone) {
          var at = value && !timezone ? instant(value) : null;
          return at && !isNaN(at.getTime()) ? format(at, pattern, londonOffset(at)) : format(value, pattern, timezone);
        };
      }]);
      if ($injector.has('camWidgetFooterDirectiveProvider')) {
        $provide.decorator('camWidgetFooterDirective', ['$delegate', function (directives) {
          directives.forEach(function (footer) {
            var link = footer.compile();
            footer.compile = function () {
              return function (scope) {
                link.apply(this, arguments);
                scope.timezoneName = ZONE;
              };
            };
          });
          return directives;
        }]);
      }
    }]);
});
