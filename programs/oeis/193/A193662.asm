; A193662: Q-residue of the Lucas triangle A114525, where Q is the triangle given by t(i,j)=1 for 0<=i<=j.  (See Comments.)
; Formula: a(n) = truncate(b(n)/2)+1, b(n) = b(n-1)+c(n-1), c(n) = -4*(c(n-1)-(b(n-1)+c(n-1))), b(0) = 2, c(0) = -1
; 2,1,5,7,25,51,149,351,945,2347,6125,15511,40009,102051,262085,670287,1718625,4399771,11274269,28873351

mov $1,$0
mov $2,2
mov $0,-1
lpb $1
  sub $1,1
  add $2,$0
  sub $0,$2
  mul $0,-4
lpe
mov $0,$2
div $0,2
add $0,1
