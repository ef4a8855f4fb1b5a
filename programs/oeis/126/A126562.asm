; A126562: Number of intersections of at least four edges in a cube of n X n X n smaller cubes.
; 0,7,32,81,160,275,432,637,896,1215,1600,2057,2592,3211,3920,4725,5632,6647,7776,9025,10400,11907,13552,15341,17280,19375,21632,24057,26656,29435,32400,35557,38912,42471,46240,50225,54432,58867,63536,68445

#offset 1

sub $0,1
sub $0,3
sub $0,1
sub $0,1
add $0,2
sub $0,1
add $4,$0
add $0,1
add $4,$0
add $0,4
add $4,$0
add $3,$0
mul $3,$0
add $3,$4
mul $3,$0
mov $0,$3
sub $0,51
mul $0,9
add $0,459
div $0,9
add $0,1
sub $0,-4
