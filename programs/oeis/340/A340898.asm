; A340898: Number of sets in the geometry determined by the Hausdorff metric at each location between two sets defined by a complete bipartite graph K(3,n) (with n at least 4) missing three edges, where all three removed edges are incident to the same vertex in the 3-point set.
; Formula: a(n) = -24*c(max(n-4,0))+128, b(n) = 7*b(n-1)+3, c(n) = 3*(c(n-1)+7*b(n-1)), b(0) = -2, c(0) = 1
; 104,1064,8480,62480,446744,3155384,22172240,155459360,1088976584,7625119304,53382684800,373699342640,2615957045624,18311884260824,128183744650160,897287877024320,6281020132589864,43967155908387944,307770136299492320

#offset 4

sub $0,4
mov $1,1
mov $2,-2
lpb $0
  mul $2,7
  add $1,$2
  sub $0,1
  mul $1,3
  add $2,3
lpe
mov $0,$1
mul $0,-24
add $0,128
