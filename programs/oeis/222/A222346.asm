; A222346: Number of (n+2) X 1 arrays of occupancy after each element moves up to +-n places including 0.
; 8,33,124,460,1714,6433,24308,92376,352714,1352076

#offset 1

sub $0,1
sub $0,3
add $0,4
sub $0,1
add $0,$0
add $0,6
mov $3,$0
div $0,2
bin $3,$0
mov $0,$3
sub $0,20
div $0,2
add $0,8
