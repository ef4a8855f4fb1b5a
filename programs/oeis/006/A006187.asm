; A006187: Number of pair-coverings with largest block size 5.
; Formula: a(n) = (n-11)*gcd(0,n-11)+gcd(0,n-11)+sum(k=1,gcd(0,n-11),k-1)+16
; 1,6,10,13,15,16,16,18

#offset 5

sub $0,11
gcd $1,$0
mul $0,$1
add $0,$1
lpb $1
  sub $1,1
  add $0,$1
lpe
add $0,16
