; A229838: Consider all primitive 60-degree triangles with sides A < B < C. The sequence gives the values of A.
; Formula: a(n) = floor(8*floor((12*n+57)/10)/6)-5
; 3,5,7,8,9,11,13,15,16,17,19,21,23,24,25,27,29,31,32,33,35,37,39,40,41,43,45,47,48,49,51,53,55,56,57,59,61,63,64,65,67,69,71,72,73,75,77,79,80,81,83,85,87,88,89,91,93,95,96,97,99,101,103,104,105

#offset 1

mul $0,12
add $0,57
div $0,10
mul $0,8
div $0,6
sub $0,5
