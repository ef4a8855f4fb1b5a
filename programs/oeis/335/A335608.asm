; A335608: Number of sets (in the Hausdorff metric geometry) at each location between two sets defined by a complete bipartite graph K(3,n) (with n at least 2) missing one edge.
; Formula: a(n) = -12*c(max(n-2,0))-4, b(n) = 7*b(n-1)-2, c(n) = 3*(c(n-1)+(7*b(n-1)-2)), b(0) = 0, c(0) = -1
; 8,104,896,6800,49208,349304,2459696,17261600,120962408,847130504,5931094496,41521204400,290659059608,2034645303704,14242612785296,99698576475200,697890896260808,4885238856628904,34196679744812096,239376781458914000,1675637539948086008

#offset 2

sub $0,2
mov $1,-1
lpb $0
  sub $0,1
  mul $2,7
  sub $2,2
  add $1,$2
  mul $1,3
lpe
mov $0,$1
mul $0,-12
sub $0,4
