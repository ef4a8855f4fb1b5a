; A100702: Number of layers of dough separated by butter in successive foldings of croissant dough.
; 1,3,7,19,55,163,487,1459,4375,13123,39367,118099,354295,1062883,3188647,9565939,28697815,86093443,258280327,774840979,2324522935,6973568803,20920706407,62762119219,188286357655,564859072963

add $0,1
sub $0,1
mov $3,$0
sub $1,1
lpb $3
  sub $3,1
  mul $1,3
lpe
mov $0,$1
div $0,-3
add $0,1
sub $0,1
mul $0,2
add $0,1
sub $0,1
mul $0,8
div $0,8
add $0,1
