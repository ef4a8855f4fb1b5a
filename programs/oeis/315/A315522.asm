; A315522: Coordination sequence Gal.6.621.4 where Gal.u.t.v denotes the coordination sequence for a vertex of type v in tiling number t in the Galebach list of u-uniform tilings.
; Formula: a(n) = truncate((c(max(truncate((n-1)/3),0))+11*(n-1))/2)+6, b(n) = b(n-1)-c(n-1)-1-(c(n-1)+(b(n-1)-c(n-1)-1)), c(n) = c(n-1)+(b(n-1)-c(n-1)-1), b(0) = 1, c(0) = 0
; 1,6,11,17,22,28,33,38,44,49,55,60,66,72,77,83,88,94,99,104,110,115,121,126,132,138,143,149,154,160,165,170,176,181,187,192,198,204,209,215,220,226,231,236,242,247,253,258,264,270

sub $0,1
mov $1,$0
mov $2,$0
mov $0,1
lpb $2
  sub $0,$3
  sub $2,3
  sub $0,1
  add $3,$0
  sub $0,$3
lpe
mul $1,11
add $3,$1
mov $0,$3
div $0,2
add $0,6
