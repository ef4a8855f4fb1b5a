; A285196: If A_k denotes the first 2*3^k terms, then A_0 = 01, A_{k+1} = A_k A_k B_k, where B_k is the reversal of A_k.
; 0,1,0,1,1,0,0,1,0,1,1,0,1,0,1,0,0,1,0,1,0,1,1,0,0,1,0,1,1,0,1,0,1,0,0,1,1,0,1,0,0,1,1,0,1,0,0,1,0,1,0,1,1,0,0,1,0,1,1,0,0,1,0,1,1,0,1,0,1,0,0,1,0,1,0,1,1,0,0,1

sub $0,1
add $0,1
sub $0,1
add $0,1
mov $3,$0
lpb $3
  sub $3,1
  sub $2,$0
  div $0,-2
  mul $0,2
  div $0,3
lpe
mov $0,$2
div $0,-1
mul $0,2
div $0,2
mod $0,2
