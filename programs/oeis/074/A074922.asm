; A074922: Number of ways of arranging n chords on a circle (handshakes between 2n people across a table) with exactly 2 simple intersections.
; 0,0,0,3,28,180,990,5005,24024,111384,503880,2238390,9806280,42493880,182530530,778439025,3300049200,13919756400,58462976880,244639718730,1020422356200,4244365452600,17610393500700,72907029092898

sub $0,1
add $0,1
mov $3,$0
sub $3,2
mul $0,2
bin $0,$3
mul $0,$3
mul $0,3
div $0,3
mul $0,6
div $0,3
div $0,4
