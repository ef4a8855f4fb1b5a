; A361202: Maximum product of the vertex arboricities of a graph of order n and its complement.
; 1,1,2,3,4,5,6,7,9,10,12,14,16,18,20,22,25,27,30,33,36,39,42,45,49,52,56,60,64,68,72,76,81,85,90,95,100,105,110,115,121,126,132,138,144,150,156,162,169,175,182,189,196,203,210,217,225,232,240,248

#offset 1

sub $0,1
sub $0,1
add $0,6
mov $2,$0
lpb $2
  sub $2,2
  add $3,$2
lpe
mov $0,$3
div $0,4
sub $0,3
add $0,1
sub $0,-1
add $0,1
