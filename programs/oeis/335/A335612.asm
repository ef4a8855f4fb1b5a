; A335612: Number of sets (in the Hausdorff metric geometry) at each location between two sets defined by a complete bipartite graph K(3,n) (with n at least 3) missing two edges, where the removed edges are incident to the same vertex in the three point part.
; Formula: a(n) = -8*b(max(n-2,0)), b(n) = 7*b(n-1)-c(n-1), c(n) = 3*c(n-1)+3, b(0) = 0, c(0) = 4
; 32,344,2792,20720,148592,1050824,7387832,51811040,362965952,2541627704,17793992072,124565738960,871983556112,6103955042984,42727895751512,299095901612480,2093673205343072,14655718119568664,102590043883482152

#offset 3

sub $0,2
mov $1,$0
mov $0,4
lpb $1
  sub $1,1
  mul $2,7
  sub $2,$0
  mul $0,3
  add $0,3
lpe
mov $0,$2
mul $0,-8
