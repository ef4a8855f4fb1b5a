; A121273: Number of different n-dimensional convex regular polytopes that can tile n-dimensional space.
; Formula: a(n) = -2*(min(n,5)%2)+3
; 1,3,1,3,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

#offset 1

min $0,5
mod $0,2
mul $0,-2
add $0,3
