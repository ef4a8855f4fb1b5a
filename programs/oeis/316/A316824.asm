; A316824: A second example of a word that is uniform morphic and recurrent, but neither pure morphic nor primitive morphic.
; 0,0,0,1,1,1,0,0,0,1,1,1,1,1,1,1,1,1,0,0,0,1,1,1,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,1,1,1,0,0,0,1,1,1,1,1,1,1,1,1,0,0,0,1,1,1,0,0

sub $0,1
add $0,1
mov $3,$0
lpb $3
  sub $3,1
  div $0,3
  gcd $2,$0
lpe
mov $0,$2
mul $0,2
div $0,2
add $0,-1
add $0,2
mod $0,2
sub $0,1
div $0,-1
