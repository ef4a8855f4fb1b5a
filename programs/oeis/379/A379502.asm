; A379502: Characteristic function of almost Zumkeller numbers: a(n) = 1 if Zumkeller-deficiency of n (A103977) is 1, otherwise 0.
; Formula: a(n) = lodamod(lodamod(2*(n-2)-truncate(A274535(n)/5)-max(2*(n-2)-truncate(A274535(n)/5),0),2)+2,2)
; 1,1,0,1,0,0,0,1,0,0,0,0,0,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0

#offset 1

sub $0,2
mov $1,$0
add $1,2
seq $1,274535
div $1,5
mul $0,2
sub $0,$1
lpb $0
  sub $0,1
lpe
mod $0,2
add $0,2
mod $0,2
