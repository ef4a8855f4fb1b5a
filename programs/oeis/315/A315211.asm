; A315211: Coordination sequence Gal.3.20.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = b(max(n-1,0))+5*(n-1)+5, b(n) = b(n-1)-c(n-1)-(c(n-1)+(b(n-1)-c(n-1))), c(n) = c(n-1)+(b(n-1)-c(n-1)), b(0) = 1, c(0) = 0
; 1,6,10,14,20,26,30,34,40,46,50,54,60,66,70,74,80,86,90,94,100,106,110,114,120,126,130,134,140,146,150,154,160,166,170,174,180,186,190,194,200,206,210,214,220,226,230,234,240,246

sub $0,1
mov $1,$0
mov $2,$0
mov $0,1
lpb $2
  sub $0,$3
  sub $2,1
  add $3,$0
  sub $0,$3
lpe
mul $1,5
add $0,$1
add $0,5
