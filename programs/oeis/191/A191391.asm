; A191391: Number of horizontal segments in all dispersed Dyck paths of length n (i.e., in all Motzkin paths of length n with no (1,0)-steps at positive heights; a horizontal segment is a maximal sequence of consecutive (1,0)-steps).
; Formula: a(n) = -(lodabin(max(n-1,0),floor(max(n-1,0)/2)+1)-lodapow(2,n-1))
; 0,1,1,3,5,12,22,49,93,200,386,814,1586,3304,6476,13381,26333,54096,106762,218386,431910,880616,1744436,3547658,7036530,14281072,28354132,57451164,114159428,230993296,459312152,928319149,1846943453,3729244576,7423131482,14975907754

sub $0,1
mov $1,$0
max $0,0
mov $2,$0
div $2,2
add $2,1
bin $0,$2
mov $3,2
pow $3,$1
sub $0,$3
mul $0,-1
