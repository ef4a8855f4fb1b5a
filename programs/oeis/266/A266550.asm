; A266550: Independence number, upper domination number, and upper irredundance number of the n-Mycielski graph.
; 1,1,2,5,11,23,47,95,191,383,767,1535,3071,6143,12287,24575,49151,98303,196607,393215,786431,1572863,3145727,6291455,12582911,25165823,50331647,100663295,201326591,402653183,805306367,1610612735,3221225471,6442450943,12884901887

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
mov $3,$0
sub $1,1
lpb $3
  sub $3,1
  add $1,$1
  add $1,-2
lpe
mov $3,$1
mov $0,$3
mul $0,1740
add $0,3468
div $0,-1740
add $0,2
sub $0,2
div $0,2
add $0,1
