; A315405: Coordination sequence Gal.3.15.3 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = b(max(n-1,0))+5*(n-1)+5, b(n) = b(n-1)-c(n-1), c(n) = c(n-1)+(b(n-1)-c(n-1)), b(0) = 1, c(0) = 0
; 1,6,11,15,19,24,30,36,41,45,49,54,60,66,71,75,79,84,90,96,101,105,109,114,120,126,131,135,139,144,150,156,161,165,169,174,180,186,191,195,199,204,210,216,221,225,229,234,240,246

sub $0,1
mov $1,$0
mov $2,$0
mov $0,1
lpb $2
  sub $2,1
  sub $0,$3
  add $3,$0
lpe
mul $1,5
add $0,$1
add $0,5
