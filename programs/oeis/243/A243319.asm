; A243319: Number of simple connected graphs with n nodes that are bipartite and distance regular.
; Formula: a(n) = floor(max(lodadif(max(n-2,0)+3,-2),0)/3)
; 1,1,0,1,0,2,0,3,0,3

#offset 1

sub $0,2
max $0,0
add $0,3
dif $0,-2
max $0,0
div $0,3
