; A257857: Sequentially filled binary triangle rotated 180 degrees and then superimposed and added to the original triangle.
; 2,1,1,0,2,0,1,1,1,1,2,0,2,0,2,1,1,1,1,1,1,0,2,0,2,0,2,0,1,1,1,1,1,1,1,1,2,0,2,0,2,0,2,0,2,1,1,1,1,1,1,1,1,1,1,0,2,0,2,0,2,0,2,0,2,0,1,1,1,1,1,1,1,1,1,1,1,1,2,0

#offset 1

sub $0,1
lpb $0
  add $1,1
  sub $0,$1
lpe
sub $1,$0
sub $0,$1
gcd $0,4
mod $0,4
mul $0,-1
add $0,2
